package io.hashwatch.protocols.miner.whatsminer;

import io.hashwatch.protocols.reading.Figures;
import io.hashwatch.protocols.transport.MalformedReplyException;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.digest.Md5Crypt;

/**
 * The encryption of API v1/v2 write commands, from one {@code get_token} reply and the web admin
 * password: {@code key} is the hash part of {@code md5crypt(password, salt)}, the command's {@code
 * token} (the sign) the hash part of {@code md5crypt(key + time, newsalt)}; commands and replies
 * are AES-256-ECB under SHA-256({@code key}), padded with NULs, in base64. Verified against the
 * real vector of fixtures/whatsminer-btminer-foreman/crypto_test_vector.json.
 */
final class ApiV2Cipher {
  private static final int BLOCK = 16;

  private final String key;
  private final String sign;
  private final SecretKeySpec aesKey;

  private ApiV2Cipher(String key, String sign) {
    this.key = key;
    this.sign = sign;
    this.aesKey = new SecretKeySpec(sha256(key.getBytes(StandardCharsets.UTF_8)), "AES");
  }

  /** Derives the cipher from a {@code get_token} reply ({@code Msg: time, salt, newsalt}). */
  static ApiV2Cipher fromToken(JsonObject tokenReply, String password)
      throws MalformedReplyException {
    JsonObject msg = ReplyFields.object(tokenReply, "Msg");
    String time = Figures.text(msg, "time");
    String salt = Figures.text(msg, "salt");
    String newSalt = Figures.text(msg, "newsalt");
    if (time == null || salt == null || newSalt == null) {
      throw new MalformedReplyException(
          "the get_token reply lacks Msg.time, salt or newsalt: " + tokenReply);
    }
    try {
      String key =
          hashPart(Md5Crypt.md5Crypt(password.getBytes(StandardCharsets.UTF_8), "$1$" + salt));
      String sign =
          hashPart(
              Md5Crypt.md5Crypt((key + time).getBytes(StandardCharsets.UTF_8), "$1$" + newSalt));
      return new ApiV2Cipher(key, sign);
    } catch (IllegalArgumentException e) {
      throw new MalformedReplyException("the get_token reply has an unusable salt: " + msg, e);
    }
  }

  /** The hash part of the password's md5crypt, from which the AES key is made. */
  String key() {
    return key;
  }

  /** The value of the {@code token} field of each write command. */
  String sign() {
    return sign;
  }

  /**
   * Encrypts a command to the base64 of its {@code data} field. The text is padded with NULs to the
   * next block and always gets at least one, as Foreman does, so that the miner's C code finds a
   * terminated string; pyasic pads only when needed, and the miner takes both.
   */
  String encrypt(String command) {
    byte[] text = command.getBytes(StandardCharsets.UTF_8);
    byte[] padded = Arrays.copyOf(text, text.length + BLOCK - text.length % BLOCK);
    return Base64.getEncoder().encodeToString(aes(Cipher.ENCRYPT_MODE, padded));
  }

  /** Decrypts the {@code enc} field of a reply, without the trailing NULs. */
  String decrypt(String base64) throws MalformedReplyException {
    byte[] encrypted;
    try {
      encrypted = Base64.getMimeDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw new MalformedReplyException("the encrypted reply is not base64", e);
    }
    if (encrypted.length == 0 || encrypted.length % BLOCK != 0) {
      throw new MalformedReplyException(
          "the encrypted reply is " + encrypted.length + " bytes, not whole AES blocks");
    }
    byte[] plain = aes(Cipher.DECRYPT_MODE, encrypted);
    int end = plain.length;
    while (end > 0 && plain[end - 1] == 0) {
      end--;
    }
    return new String(plain, 0, end, StandardCharsets.UTF_8);
  }

  private byte[] aes(int mode, byte[] data) {
    try {
      Cipher cipher = Cipher.getInstance("AES/ECB/NoPadding");
      cipher.init(mode, aesKey);
      return cipher.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-256-ECB is part of every Java 17 runtime", e);
    }
  }

  static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static String hashPart(String crypt) {
    return crypt.substring(crypt.lastIndexOf('$') + 1);
  }

  @Override
  public String toString() {
    return "ApiV2Cipher[key=***, sign=***]";
  }
}
