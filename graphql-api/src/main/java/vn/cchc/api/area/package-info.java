/** The reform areas (lĩnh vực CCHC) of the schema. */
package vn.cchc.api.area;
