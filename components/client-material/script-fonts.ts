// The scripts of the client material that system fonts may lack (Arabic,
// Ethiopic), from npm (@fontsource), self-hosted by the build. Imported only
// by the pages that show the texts, so no other page loads them; each
// @font-face carries a unicode-range, so a page downloads only the files its
// text uses.
import "@fontsource/noto-sans-arabic/400.css";
import "@fontsource/noto-sans-arabic/700.css";
import "@fontsource/noto-sans-ethiopic/400.css";
import "@fontsource/noto-sans-ethiopic/700.css";
import "./script-fonts.css";

/** The class that sets the font stack on text in the person's language. */
export const CLIENT_SCRIPT_CLASS = "client-script";
