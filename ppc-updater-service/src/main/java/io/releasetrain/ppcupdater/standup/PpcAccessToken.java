package io.releasetrain.ppcupdater.standup;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A PPC's access token, AES-GCM encrypted, with the id of the key that encrypted it. */
@Entity
@Table(name = "ppc_access_token")
public class PpcAccessToken extends PanacheEntityBase {

    @Id
    @Column(name = "cloud_id")
    public String cloudId;

    @Column(name = "key_id")
    public String keyId;

    public String nonce;

    public String ciphertext;

    @Column(name = "stored_at")
    public Instant storedAt;

    TokenCipher.Sealed sealed() {
        return new TokenCipher.Sealed(keyId, nonce, ciphertext);
    }

    void seal(TokenCipher.Sealed sealed, Instant at) {
        keyId = sealed.keyId();
        nonce = sealed.nonce();
        ciphertext = sealed.ciphertext();
        storedAt = at;
    }
}
