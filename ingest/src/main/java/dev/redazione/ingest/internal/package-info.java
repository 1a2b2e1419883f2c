/**
 * Implementation of the ingest pipeline: decoding, format detection, splitting and assembly; not
 * API.
 */
package dev.redazione.ingest.internal;
