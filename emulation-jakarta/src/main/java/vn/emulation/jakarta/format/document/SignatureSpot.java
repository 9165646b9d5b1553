package vn.emulation.jakarta.format.document;

/**
 * A rectangle on a page of a PDF, in points from the page's lower left corner: where the visible
 * signature goes (Decree 30/2020 as restated for electronic documents: centred between the position
 * line and the signer's full name).
 *
 * @param page the page's index, from 0
 * @param x left
 * @param y bottom
 * @param width width
 * @param height height
 */
public record SignatureSpot(int page, float x, float y, float width, float height) {}
