/** Dossiers (hồ sơ) received by one-stop shops and their lifecycle. */
package vn.cchc.domain.dossier;
