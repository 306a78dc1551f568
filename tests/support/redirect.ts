// Where the gate (or a data function behind it) sends the caller: Next's
// redirect() throws an error whose digest names the path.

/** The path `promise` redirects to; anything else it throws goes on, and settling without a redirect fails. */
export async function redirectOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (digest.startsWith("NEXT_REDIRECT")) return digest.split(";")[2] ?? "";
    throw error;
  }
  throw new Error("expected a redirect");
}
