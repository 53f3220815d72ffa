package readapi

import "context"

// DepositedKeys is depositedKeys over the index's operators: every
// deposited key of every module, as refreshBeacon asks the beacon node
// for them (tests only).
func (s *Server) DepositedKeys(ctx context.Context) ([][48]byte, error) {
	v, err := s.ix.View()
	if err != nil {
		return nil, err
	}
	ops, err := v.Operators()
	v.Close()
	if err != nil {
		return nil, err
	}
	return s.depositedKeys(ctx, ops)
}
