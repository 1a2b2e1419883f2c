/** Renders the pages, feeds and sitemap of a site from an immutable archive snapshot. */
package dev.redazione.site;
