/**
 * Reads an article out of a saved HTML page: metadata with provenance, main content as Markdown.
 */
package dev.redazione.extract.html;
