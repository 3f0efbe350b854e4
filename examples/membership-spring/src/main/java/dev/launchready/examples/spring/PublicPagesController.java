package dev.launchready.examples.spring;

import dev.launchready.examples.common.Membership;
import dev.launchready.examples.common.web.Assets;
import dev.launchready.examples.common.web.Pages;
import dev.launchready.servlet.CacheMarks;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The pages and files anyone can fetch. */
@Controller
class PublicPagesController {

    private final Pages pages;
    private final Assets assets;

    PublicPagesController(Membership membership) {
        this.pages = membership.pages();
        this.assets = membership.assets();
    }

    @GetMapping("/")
    ResponseEntity<String> home() {
        return Replies.html(200, pages.home());
    }

    @GetMapping("/pricing")
    ResponseEntity<String> pricing() {
        return Replies.html(200, pages.pricing());
    }

    @GetMapping("/robots.txt")
    ResponseEntity<byte[]> robots(HttpServletRequest request) {
        CacheMarks.staticFile(request);
        return Replies.asset(assets.robots());
    }

    @GetMapping("/favicon.ico")
    ResponseEntity<byte[]> favicon(HttpServletRequest request) {
        CacheMarks.staticFile(request);
        return Replies.asset(assets.favicon());
    }

    @GetMapping(Assets.PATH_PREFIX + "{name}")
    ResponseEntity<byte[]> asset(@PathVariable("name") String name, HttpServletRequest request) {
        // Only what this method serves is an asset; a ".css" URL elsewhere is just a page.
        return assets.find(name).map(asset -> {
            CacheMarks.fingerprintedAsset(request);
            return Replies.asset(asset);
        }).orElseGet(() -> ResponseEntity.notFound().build());
    }
}
