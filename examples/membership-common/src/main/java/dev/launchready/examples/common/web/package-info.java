/** What the apps send and read over HTTP, free of servlet and Spring types: HTML pages, JSON bodies, static assets. */
package dev.launchready.examples.common.web;
