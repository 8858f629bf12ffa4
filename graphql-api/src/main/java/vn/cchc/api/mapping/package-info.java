/** Helpers shared by the view types. */
package vn.cchc.api.mapping;
