package keystone.salesimport;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One imported file as the database records it.
 *
 * @param id            the batch number
 * @param fileName      the file's name when it was imported
 * @param sha256        the SHA-256 of the file's bytes, in hex: the same content is never imported twice
 * @param periodFrom    the earliest sale date imported
 * @param periodTo      the latest sale date imported
 * @param lineCount     the sales lines imported
 * @param firstLineId   the smallest sales line id the batch's lines received
 * @param lastLineId    the largest; every line of the batch has an id in between, and no other line does
 * @param replacedLines the sales lines of the period deleted first because the user chose to replace it
 * @param importedAt    when the import was committed
 */
public record ImportBatch(long id, String fileName, String sha256, LocalDate periodFrom, LocalDate periodTo,
        long lineCount, long firstLineId, long lastLineId, long replacedLines, Instant importedAt) {
}
