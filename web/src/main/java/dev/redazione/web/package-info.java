/** The Micronaut HTTP server of the site: serves pre-rendered pages, images and the JSON API. */
package dev.redazione.web;
