package protocol

// The bonded module's signing keys: what an upload must hold (non-empty,
// new to the module and, as the router's module, to every other module:
// one key set across modules) and the keys' accessors.

// Key returns key i of operator id.
func (m *BondedModule) Key(id, i uint64) (SigningKey, *Error) {
	op, err := m.operator(id)
	if err != nil {
		return SigningKey{}, err
	}
	if i >= uint64(len(op.Keys)) {
		return SigningKey{}, reject(CodeMalformed, "operator %d has %d keys, no key %d", id, len(op.Keys), i)
	}
	return op.Keys[i], nil
}

// KeyCount is the number of keys operator id uploaded (0 for no such operator).
func (m *BondedModule) KeyCount(id uint64) uint64 {
	if id >= uint64(len(m.ops)) {
		return 0
	}
	return uint64(len(m.ops[id].Keys))
}

// checkKeys checks each key in the contract's order: empty, held by the
// module, held by another module (knownElsewhere), repeated in the upload.
func (m *BondedModule) checkKeys(keys []SigningKey) *Error {
	for i, k := range keys {
		if k.Pubkey == (Pubkey{}) {
			return reject(CodeInvalidKey, "key %d is empty", i)
		}
		if _, dup := m.keys[k.Pubkey]; dup {
			return reject(CodeDuplicateKey, "key %d (%s) is already in the module", i, shortKey(k.Pubkey))
		}
		if m.knownElsewhere != nil && m.knownElsewhere(k.Pubkey) {
			return reject(CodeDuplicateKey, "key %d (%s) is already another module's", i, shortKey(k.Pubkey))
		}
		for j := range keys[:i] {
			if keys[j].Pubkey == k.Pubkey {
				return reject(CodeDuplicateKey, "key %d (%s) repeats key %d of this upload", i, shortKey(k.Pubkey), j)
			}
		}
	}
	return nil
}

// appendKeys adds an upload's keys to operator op.
func (m *BondedModule) appendKeys(op *BondedOperator, keys []SigningKey) {
	// Keys are vetted on upload, unless the guardians unvetted some of the
	// operator's keys: then new keys stay unvetted too (as CSM's).
	if op.Vetted == uint64(len(op.Keys)) {
		op.Vetted += uint64(len(keys))
	}
	for _, k := range keys {
		m.keys[k.Pubkey] = struct{}{}
	}
	op.Keys = append(op.Keys, keys...)
}
