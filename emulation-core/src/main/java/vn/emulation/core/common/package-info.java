/**
 * Small values every part of the model shares: bilingual text, year periods and the problems that
 * validation reports. Nothing here knows about plans or awards.
 */
package vn.emulation.core.common;
