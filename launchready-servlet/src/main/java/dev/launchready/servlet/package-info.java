/**
 * The servlet adapter: reads the request, asks core, writes the response. With the jar on the class
 * path, {@link dev.launchready.servlet.LaunchReadyInitializer} registers everything at startup, no
 * code needed; {@link dev.launchready.servlet.ServletHealth} lets an app add its own checks, and
 * {@link dev.launchready.servlet.CacheMarks} lets a static handler say what it served (cache policy).
 */
package dev.launchready.servlet;
