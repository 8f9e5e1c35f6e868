/** Stylesheets imported by modules are bundled into console.css by esbuild. */
declare module '*.css';
