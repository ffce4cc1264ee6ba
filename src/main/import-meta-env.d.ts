/** `import.meta.env.DEV`, which vite (electron-vite) replaces with a constant when it bundles main. */
interface ImportMetaEnv {
  readonly DEV: boolean;
}
interface ImportMeta {
  readonly env: ImportMetaEnv;
}
