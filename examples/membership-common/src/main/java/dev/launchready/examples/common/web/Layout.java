package dev.launchready.examples.common.web;

import static dev.launchready.examples.common.web.Html.escape;

/** The chrome around every page: head with the fingerprinted assets, header, navigation, footer. */
final class Layout {

    private final Assets assets;

    Layout(Assets assets) {
        this.assets = assets;
    }

    /**
     * @param title plain text, escaped here
     * @param main HTML, already escaped by the caller
     * @param signedIn whether to show the members' navigation, which needs {@code csrf} for its logout button
     */
    String page(String title, String main, boolean signedIn, String csrf) {
        String nav = signedIn
                ? """
                  <a href="/members">Feed</a>
                  <a href="/account">Account</a>
                  """ + Forms.open("/logout", csrf, "inline") + """
                  <button type="submit" class="link">Log out</button></form>
                  """
                : """
                  <a href="/pricing">Pricing</a>
                  <a href="/login">Log in</a>
                  <a class="button" href="/signup">Join</a>
                  """;
        return """
               <!doctype html>
               <html lang="en">
               <head>
               <meta charset="utf-8">
               <meta name="viewport" content="width=device-width, initial-scale=1">
               <title>%s · Launch Circle</title>
               <link rel="icon" href="/favicon.ico">
               <link rel="stylesheet" href="%s">
               <script src="%s" defer></script>
               </head>
               <body>
               <header class="site">
               <a class="brand" href="/"><img src="%s" alt="" width="32" height="32"> Launch Circle</a>
               <nav>
               %s</nav>
               </header>
               <main>
               %s</main>
               <footer class="site">Launch Circle · a community for people shipping their first product</footer>
               </body>
               </html>
               """.formatted(escape(title), assets.path("app.css"), assets.path("app.js"), assets.path("logo.svg"),
                nav, main);
    }
}
