/**
 * The end of every script: runs `main` and exits with the code it returns
 * (0 when it returns nothing); a thrown error is printed, its message only,
 * and exits with `failureCode`.
 */
export function runMain(main: () => Promise<number | void>, failureCode = 1): void {
  main().then(
    (code) => process.exit(code ?? 0),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(failureCode);
    },
  );
}
