package indexer

import "fmt"

// Dump returns the derived records (everything but the cursor, the
// metadata, undo records and the hashes of blocks without logs) as
// printable key → value, for comparing two stores.
func Dump(ix *Indexer) (map[string]string, error) {
	out := map[string]string{}
	it, err := ix.st.db.NewIter(nil)
	if err != nil {
		return nil, err
	}
	defer it.Close()
	for it.First(); it.Valid(); it.Next() {
		k, v := it.Key(), it.Value()
		switch k[0] {
		case kCursor, kMeta, kUndo:
			continue
		case kBlock:
			b, err := decodeBlock(v)
			if err != nil {
				return nil, err
			}
			if !b.HasLogs {
				continue
			}
		}
		out[fmt.Sprintf("%x", k)] = fmt.Sprintf("%x", v)
	}
	return out, nil
}
