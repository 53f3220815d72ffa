package protocol

import "fmt"

// The pool's clock is Ethereum's: every block has a number and a
// timestamp (BeginBlock). Slots are derived from timestamps exactly as
// Lido's HashConsensus derives them — slot = (timestamp − genesis time) /
// seconds per slot — so a slot without a block (a missed proposal) simply
// has no block, and block numbers are not slots. What counts blocks: the
// staking limit's refill (Lido's StakeLimitUtils) and the deposits per
// block. What counts time: oracle frames, reference slots and deadlines,
// withdrawal-request times and the finalization margin, bunker borders,
// governance timelocks, the stuck-penalty cool-down (all in seconds or
// slots of the beacon chain).

// ChainConfig is the beacon chain's clock, fixed at genesis (Lido's
// HashConsensus takes the same three as immutable constructor arguments).
type ChainConfig struct {
	GenesisTime    uint64 // the beacon chain's genesis, Unix seconds
	SecondsPerSlot uint64
	SlotsPerEpoch  uint64
}

// MainnetChain is Ethereum mainnet's clock: genesis 1606824023, 12-second
// slots, 32 slots an epoch.
func MainnetChain() ChainConfig {
	return ChainConfig{GenesisTime: 1606824023, SecondsPerSlot: 12, SlotsPerEpoch: 32}
}

func (c ChainConfig) validate() error {
	if c.SecondsPerSlot == 0 || c.SecondsPerSlot > 3600 {
		return fmt.Errorf("seconds per slot %d is not in 1..3600", c.SecondsPerSlot)
	}
	if c.SlotsPerEpoch == 0 || c.SlotsPerEpoch > 1<<16 {
		return fmt.Errorf("slots per epoch %d is not in 1..65536", c.SlotsPerEpoch)
	}
	if c.GenesisTime > 1<<40 {
		return fmt.Errorf("genesis time %d is out of range", c.GenesisTime)
	}
	return nil
}

// SlotAt is the slot a timestamp falls in (rounded down; 0 before genesis).
func (c ChainConfig) SlotAt(timestamp uint64) uint64 {
	if timestamp < c.GenesisTime {
		return 0
	}
	return (timestamp - c.GenesisTime) / c.SecondsPerSlot
}

// SlotTime is the timestamp at which a slot starts.
func (c ChainConfig) SlotTime(slot uint64) uint64 { return c.GenesisTime + slot*c.SecondsPerSlot }

// EpochAt is the epoch a timestamp falls in.
func (c ChainConfig) EpochAt(timestamp uint64) uint64 { return c.SlotAt(timestamp) / c.SlotsPerEpoch }

// BeginBlock starts block number at timestamp: the number must be above
// the current block's and the timestamp above the current block's, as on
// Ethereum.
func (s *State) BeginBlock(number, timestamp uint64) error {
	if number <= s.block {
		return reject(CodeBadBlock, "block %d does not follow block %d", number, s.block)
	}
	if timestamp <= s.time {
		return reject(CodeBadBlock, "block %d's timestamp %d is not after the last block's %d", number, timestamp, s.time)
	}
	s.block, s.time = number, timestamp
	s.depositsThisBlock = 0
	return nil
}

// Block is the current block number.
func (s *State) Block() uint64 { return s.block }

// Timestamp is the current block's timestamp (Unix seconds).
func (s *State) Timestamp() uint64 { return s.time }

// Slot is the beacon slot of the current block's timestamp.
func (s *State) Slot() uint64 { return s.chain.SlotAt(s.time) }

// Chain is the beacon chain's clock the pool was created with.
func (s *State) Chain() ChainConfig { return s.chain }

// slotTime is the timestamp of a slot on the pool's chain.
func (s *State) slotTime(slot uint64) uint64 { return s.chain.SlotTime(slot) }
