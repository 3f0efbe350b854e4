package dev.launchready.examples.servlet;

import dev.launchready.examples.common.web.Asset;
import dev.launchready.examples.common.web.Assets;
import dev.launchready.servlet.CacheMarks;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/** Serves the fingerprinted static files under {@code /assets/}. */
final class AssetServlet extends HttpServlet {

    private final transient Assets assets;

    AssetServlet(Assets assets) {
        this.assets = assets;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String pathInfo = request.getPathInfo();
        Optional<Asset> asset = assets.find(pathInfo == null ? null : pathInfo.substring(1));
        if (asset.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        // Only what this servlet actually serves is an asset; a ".css" URL elsewhere is just a page.
        CacheMarks.fingerprintedAsset(request);
        Replies.bytes(response, asset.get().contentType(), asset.get().bytes());
    }
}
