/** Extraction of title, metadata and a clean Markdown body from raw text pasted from web pages. */
package dev.redazione.extract;
