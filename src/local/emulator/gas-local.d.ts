/**
 * Types for gas-local (a CommonJS package without its own): loads every file of a folder
 * that passes `filter` into one vm context made from `globalObject`.
 */
declare module 'gas-local' {
  interface GasLocal {
    require(folderPath: string, globalObject?: object, options?: { filter?: (filePath: string) => boolean }): object;
    globalMockDefault: object;
  }
  const gas: GasLocal;
  export default gas;
}
