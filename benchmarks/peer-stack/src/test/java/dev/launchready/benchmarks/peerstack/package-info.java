/** The peer-stack jar run as users run it, checked part by part over real sockets. */
package dev.launchready.benchmarks.peerstack;
