// Package keys holds everything about validator keys: BLS12-381 signatures
// (blst, min-pk, proof-of-possession ciphersuite), a batch verifier, EIP-2333
// key derivation and EIP-2334 paths from a BIP-39 mnemonic, EIP-2335
// keystores, and deposit data (SSZ roots, signing, the deposit_data-*.json
// file of the staking deposit CLI, and its verification).
//
// Public keys are 48-byte compressed G1 points and signatures 96-byte
// compressed G2 points, as on the beacon chain.
package keys

import (
	"errors"
	"fmt"
	"math/big"

	blst "github.com/supranational/blst/bindings/go"
)

// DST is the domain separation tag of the Ethereum consensus BLS ciphersuite
// (proof of possession, hash to G2 with SHA-256, SSWU, random oracle).
const DST = "BLS_SIG_BLS12381G2_XMD:SHA-256_SSWU_RO_POP_"

var dst = []byte(DST)

// Sizes of the serialised objects.
const (
	SecretKeySize = 32
	PublicKeySize = 48
	SignatureSize = 96
)

// PublicKey is a compressed G1 point.
type PublicKey [PublicKeySize]byte

// Signature is a compressed G2 point.
type Signature [SignatureSize]byte

// String returns the public key as 0x-prefixed hex.
func (pk PublicKey) String() string { return fmt.Sprintf("0x%x", pk[:]) }

// String returns the signature as 0x-prefixed hex.
func (s Signature) String() string { return fmt.Sprintf("0x%x", s[:]) }

// SecretKey is a BLS12-381 secret scalar in [1, r). The zero value is not a
// valid key; build one with SecretKeyFromBytes or derive it from a mnemonic.
type SecretKey struct {
	sk blst.SecretKey
}

// Errors returned by the BLS layer. Wrap-aware: test with errors.Is.
var (
	// ErrInvalidSecretKey: not 32 bytes, zero, or not below the group order.
	ErrInvalidSecretKey = errors.New("invalid BLS secret key")
	// ErrInvalidPublicKey: not a valid compressed G1 point, the point at
	// infinity, or not in the prime-order subgroup.
	ErrInvalidPublicKey = errors.New("invalid BLS public key")
	// ErrInvalidSignature: not a valid compressed G2 point or not in the
	// prime-order subgroup.
	ErrInvalidSignature = errors.New("invalid BLS signature encoding")
	// ErrBadSignature: a well-formed signature that does not verify.
	ErrBadSignature = errors.New("BLS signature does not verify")
)

// curveOrder is r, the order of the BLS12-381 prime subgroups.
var curveOrder, _ = new(big.Int).SetString("73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001", 16)

// SecretKeyFromBytes reads a 32-byte big-endian secret key.
func SecretKeyFromBytes(b []byte) (*SecretKey, error) {
	if len(b) != SecretKeySize {
		return nil, fmt.Errorf("%w: %d bytes, want %d", ErrInvalidSecretKey, len(b), SecretKeySize)
	}
	v := new(big.Int).SetBytes(b)
	if v.Sign() == 0 || v.Cmp(curveOrder) >= 0 {
		return nil, fmt.Errorf("%w: out of range [1, r)", ErrInvalidSecretKey)
	}
	var sk SecretKey
	if sk.sk.Deserialize(b) == nil || !sk.sk.Valid() {
		return nil, fmt.Errorf("%w: rejected by blst", ErrInvalidSecretKey)
	}
	return &sk, nil
}

// Bytes returns the 32-byte big-endian encoding of the key.
func (k *SecretKey) Bytes() [SecretKeySize]byte {
	var out [SecretKeySize]byte
	copy(out[:], k.sk.Serialize())
	return out
}

// BigInt returns the key as an integer (used to compare with EIP-2333 vectors).
func (k *SecretKey) BigInt() *big.Int {
	b := k.Bytes()
	return new(big.Int).SetBytes(b[:])
}

// PublicKey returns sk·G1, compressed.
func (k *SecretKey) PublicKey() PublicKey {
	var pk PublicKey
	copy(pk[:], new(blst.P1Affine).From(&k.sk).Compress())
	return pk
}

// Sign signs msg with the proof-of-possession ciphersuite.
func (k *SecretKey) Sign(msg []byte) Signature {
	var s Signature
	copy(s[:], new(blst.P2Affine).Sign(&k.sk, msg, dst).Compress())
	return s
}

// Zeroize wipes the key from memory.
func (k *SecretKey) Zeroize() { k.sk.Zeroize() }

// parsePublicKey decompresses pk and checks it is a non-infinity point of the
// prime-order subgroup (KeyValidate).
func parsePublicKey(pk PublicKey) (*blst.P1Affine, error) {
	p := new(blst.P1Affine).Uncompress(pk[:])
	if p == nil {
		return nil, fmt.Errorf("%w: not a compressed G1 point", ErrInvalidPublicKey)
	}
	if !p.KeyValidate() {
		return nil, fmt.Errorf("%w: point at infinity or outside the G1 subgroup", ErrInvalidPublicKey)
	}
	return p, nil
}

// parseSignature decompresses sig and checks it is in the G2 subgroup.
func parseSignature(sig Signature) (*blst.P2Affine, error) {
	p := new(blst.P2Affine).Uncompress(sig[:])
	if p == nil {
		return nil, fmt.Errorf("%w: not a compressed G2 point", ErrInvalidSignature)
	}
	if !p.SigValidate(false) {
		return nil, fmt.Errorf("%w: outside the G2 subgroup", ErrInvalidSignature)
	}
	return p, nil
}

// ValidatePublicKey reports whether pk is usable as a validator key.
func ValidatePublicKey(pk PublicKey) error {
	_, err := parsePublicKey(pk)
	return err
}

// Verify checks sig over msg under pk (spec bls.Verify: KeyValidate on pk,
// subgroup check on the signature).
func Verify(pk PublicKey, msg []byte, sig Signature) error {
	p, err := parsePublicKey(pk)
	if err != nil {
		return err
	}
	s, err := parseSignature(sig)
	if err != nil {
		return err
	}
	if !s.Verify(false, p, false, msg, dst) {
		return ErrBadSignature
	}
	return nil
}

// AggregateSignatures adds signatures (spec bls.Aggregate).
func AggregateSignatures(sigs []Signature) (Signature, error) {
	var out Signature
	if len(sigs) == 0 {
		return out, errors.New("aggregate signatures: empty list")
	}
	var agg blst.P2Aggregate
	for i, sig := range sigs {
		s, err := parseSignature(sig)
		if err != nil {
			return out, fmt.Errorf("aggregate signatures: entry %d: %w", i, err)
		}
		if !agg.Add(s, false) {
			return out, fmt.Errorf("aggregate signatures: entry %d: %w", i, ErrInvalidSignature)
		}
	}
	copy(out[:], agg.ToAffine().Compress())
	return out, nil
}

// AggregatePublicKeys adds public keys (spec eth_aggregate_pubkeys).
func AggregatePublicKeys(pks []PublicKey) (PublicKey, error) {
	var out PublicKey
	if len(pks) == 0 {
		return out, errors.New("aggregate public keys: empty list")
	}
	var agg blst.P1Aggregate
	for i, pk := range pks {
		p, err := parsePublicKey(pk)
		if err != nil {
			return out, fmt.Errorf("aggregate public keys: entry %d: %w", i, err)
		}
		if !agg.Add(p, false) {
			return out, fmt.Errorf("aggregate public keys: entry %d: %w", i, ErrInvalidPublicKey)
		}
	}
	copy(out[:], agg.ToAffine().Compress())
	return out, nil
}

// FastAggregateVerify checks an aggregate signature of one message by all pks
// (spec bls.FastAggregateVerify). Proof of possession of every key is the
// caller's responsibility, as in the spec.
func FastAggregateVerify(pks []PublicKey, msg []byte, sig Signature) error {
	if len(pks) == 0 {
		return errors.New("fast aggregate verify: no public keys")
	}
	ps := make([]*blst.P1Affine, len(pks))
	for i, pk := range pks {
		p, err := parsePublicKey(pk)
		if err != nil {
			return fmt.Errorf("fast aggregate verify: key %d: %w", i, err)
		}
		ps[i] = p
	}
	s, err := parseSignature(sig)
	if err != nil {
		return fmt.Errorf("fast aggregate verify: %w", err)
	}
	if !s.FastAggregateVerify(false, ps, msg, dst) {
		return ErrBadSignature
	}
	return nil
}
