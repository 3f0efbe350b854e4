/**
 * JMH benchmarks. Build with the rest ({@code mvn -pl benchmarks -am package -DskipTests}), run with
 * {@code java -jar benchmarks/target/benchmarks.jar <regex>}; compare ratios within one run.
 */
package dev.launchready.benchmarks;
