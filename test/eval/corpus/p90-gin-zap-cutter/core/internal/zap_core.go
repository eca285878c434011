package internal

import (
	"os"
	"time"

	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
)

type ZapCore struct {
	level zapcore.Level
	zapcore.Core
}

func NewZapCore(level zapcore.Level, director string, console bool) *ZapCore {
	entity := &ZapCore{level: level}
	syncer := entity.writeSyncer(director, console)
	enabler := zap.LevelEnablerFunc(func(l zapcore.Level) bool { return l == level })
	entity.Core = zapcore.NewCore(zapcore.NewJSONEncoder(zap.NewProductionEncoderConfig()), syncer, enabler)
	return entity
}

func (z *ZapCore) writeSyncer(director string, console bool) zapcore.WriteSyncer {
	cutter := NewCutter(director, z.level.String(), time.DateOnly)
	if console {
		return zapcore.AddSync(zapcore.NewMultiWriteSyncer(os.Stdout, cutter))
	}
	return zapcore.AddSync(cutter)
}
