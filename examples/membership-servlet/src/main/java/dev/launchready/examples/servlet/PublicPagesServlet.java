package dev.launchready.examples.servlet;

import dev.launchready.examples.common.web.Asset;
import dev.launchready.examples.common.web.Assets;
import dev.launchready.examples.common.web.Pages;
import dev.launchready.servlet.CacheMarks;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The pages anyone can see, and every path no other servlet claims. */
final class PublicPagesServlet extends HttpServlet {

    private final transient Pages pages;
    private final transient Assets assets;

    PublicPagesServlet(Pages pages, Assets assets) {
        this.pages = pages;
        this.assets = assets;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        switch (request.getServletPath()) {
            case "/" -> Replies.html(response, 200, pages.home());
            case "/pricing" -> Replies.html(response, 200, pages.pricing());
            case "/robots.txt" -> send(request, response, assets.robots());
            case "/favicon.ico" -> send(request, response, assets.favicon());
            default -> Replies.html(response, 404, pages.message("Not found", "There is no page at this address."));
        }
    }

    private static void send(HttpServletRequest request, HttpServletResponse response, Asset asset) throws IOException {
        CacheMarks.staticFile(request); // a static file without a fingerprint: short TTL, then revalidation
        Replies.bytes(response, asset.contentType(), asset.bytes());
    }
}
