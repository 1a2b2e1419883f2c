/** Reads content folders into archives. */
package dev.redazione.ingest;
