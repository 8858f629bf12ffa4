/** The reform areas (lĩnh vực CCHC) that organise reports and indicators. */
package vn.cchc.domain.area;
