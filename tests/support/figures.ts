// The figure tests ask for a filter as a given user would: signed in as them,
// through the same authorizeFigures the dashboard and the yearly report use.
import { authorizeFigures, type FigureFilter } from "@/lib/data/figures";
import { signInAs, type UserLike } from "@/tests/support/as-user";

/** The filter `user` gets for `request` (their team only, whatever they ask). Leaves them signed in. */
export async function figureFilterAs(user: UserLike, request: Parameters<typeof authorizeFigures>[0]): Promise<FigureFilter> {
  signInAs(user);
  return (await authorizeFigures(request)).filter;
}
