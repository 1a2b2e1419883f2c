/** The binary form of read articles kept in the read cache, and its bounded reader. */
package dev.redazione.ingest.internal.cache;
