package org.networkacademy.xapi.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Header of an Attachment to a Statement (xAPI 1.0.3 Data §2.4.11); the payload travels separately
 * (multipart/mixed) or at {@code fileUrl}.
 *
 * @param usageType   IRI naming the attachment's usage (required)
 * @param display     display name (required)
 * @param description description, optional
 * @param contentType Internet Media Type of the payload (required)
 * @param length      payload length in octets (required)
 * @param sha2        hex SHA-2 hash of the payload (required)
 * @param fileUrl     IRL where the payload can be fetched, optional
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Attachment(String usageType, LanguageMap display, LanguageMap description, String contentType,
                         Long length, String sha2, String fileUrl) {

    /** usageType of the JWS attachment of a signed Statement (xAPI 1.0.3 Data §2.6). */
    public static final String SIGNATURE_USAGE_TYPE = "http://adlnet.gov/expapi/attachments/signature";
}
