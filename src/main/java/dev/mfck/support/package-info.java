/**
 * Ready-made parts for Java implementations of the SPI: an event queue and a presentation
 * clock with the documented semantics. Optional: the kit never requires them, and depends on
 * nothing but the SPI and the JDK here.
 */
package dev.mfck.support;
