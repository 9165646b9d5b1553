/**
 * The web UI's static files (ADR 0028): the pages under {@code /ui/} and the WebJars they load are
 * served by the servlet container from the WAR; this package gives them their headers.
 */
package vn.emulation.jakarta.interfaces.web;
