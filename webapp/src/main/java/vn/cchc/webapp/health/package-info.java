/** MicroProfile Health checks of the application. */
package vn.cchc.webapp.health;
