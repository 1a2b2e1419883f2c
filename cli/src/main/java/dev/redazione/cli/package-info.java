/**
 * The {@code redazione} maintainers' command line: import, validate, inspect, list, stats, new,
 * build.
 */
package dev.redazione.cli;
