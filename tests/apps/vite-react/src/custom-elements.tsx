// The plain tags in JSX: the package's generated JSX types (newsroom-widgets/jsx)
// added to React's intrinsic elements, as the README tells a TypeScript project to.
// (In an app of your own this is a .d.ts file; here it is .tsx so that the
// repository's own type-check, which takes every tests/**/*.ts, leaves it alone.)
import type { CustomElements } from 'newsroom-widgets/jsx';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
