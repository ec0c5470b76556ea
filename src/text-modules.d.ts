/** Text files bundled into the extension as strings (esbuild's `text` loader, scripts/build.mjs). */
declare module '*.md' {
  const text: string;
  export default text;
}
