/** The membership app on plain Jakarta servlets and embedded Jetty: bootstrap, routes, and one servlet per route. */
package dev.launchready.examples.servlet;
