// js-yaml ships no types; it is the parser electron-builder reads its own configuration with.
declare module 'js-yaml' {
  export function load(text: string): unknown;
}
