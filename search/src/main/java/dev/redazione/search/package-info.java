/**
 * Italian full-text search, related articles and same-story grouping over an archive, with Lucene.
 */
package dev.redazione.search;
