package dev.launchready.spring;

import jakarta.servlet.http.HttpServletRequest;

/** The request's path below the context path, as the route table expects it. */
final class LaunchReadyPaths {

    private LaunchReadyPaths() {
    }

    static String inApp(HttpServletRequest request) {
        String servletPath = request.getServletPath();
        String info = request.getPathInfo();
        String path = info == null ? servletPath : servletPath + info;
        return path == null || path.isEmpty() ? "/" : path;
    }
}
