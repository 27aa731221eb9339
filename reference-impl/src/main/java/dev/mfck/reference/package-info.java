/**
 * The bundled reference implementation of the mfck SPI: a media session that plays real media
 * through FFmpeg (javacv), consumed by the kit exactly as a vendor's implementation would be.
 */
package dev.mfck.reference;
