package dev.redazione.web;

/**
 * The request headers that decide how a page is answered: conditional validators and accepted
 * encodings. Each is {@code null} when the request does not carry it.
 *
 * @param ifNoneMatch the {@code If-None-Match} header
 * @param ifModifiedSince the {@code If-Modified-Since} header
 * @param acceptEncoding the {@code Accept-Encoding} header
 */
record RequestConditions(String ifNoneMatch, String ifModifiedSince, String acceptEncoding) {}
